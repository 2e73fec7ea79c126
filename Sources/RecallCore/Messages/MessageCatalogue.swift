/// Every enum of messages, for the catalogue's tests (`MessageCatalogueTests`), which also check
/// that each `enum …: Message` in this folder is listed here.
public enum MessageCatalogue {
    public static let all: [any Message.Type] = [
        CommandLineMessage.self,
        CountMessage.self,
        TermMessage.self,
        CommandOutputMessage.self,
        CardDetailMessage.self,
        UsageMessage.self,
        QuizHistoryMessage.self,
        TransferMessage.self,
        StoreMessage.self,
        DoctorMessage.self,
        ConfigMessage.self,
        StoreWarningMessage.self,
        StaleSnapshotMessage.self,
        TornLineMessage.self,
        DurationMessage.self,
        ReadFailureMessage.self,
        AnkiWarningMessage.self,
    ]
}
