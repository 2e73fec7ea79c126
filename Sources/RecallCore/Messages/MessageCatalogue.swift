/// Every enum of messages, for the catalogue's tests (`MessageCatalogueTests`), which also check
/// that each `enum …: Message` in this folder is listed here.
public enum MessageCatalogue {
    public static let all: [any Message.Type] = [
        CommandLineMessage.self,
        DiagnosticLine.self,
        DeckMessage.self,
        ImportMessage.self,
        StudySheetMessage.self,
        ScreenMessage.self,
        HelpMessage.self,
        HomeMessage.self,
        ReviewMessage.self,
        SessionMessage.self,
        QuizMessage.self,
        QuizResultMessage.self,
        DomainName.self,
        TerminalMessage.self,
    ]
}
