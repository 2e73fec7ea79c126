/// One card at the start of a simulation: its schedule, nil for a card never studied.
public struct SimulationCard: Hashable, Sendable {
    public var id: String
    public var schedule: CardSchedule?
    public init(id: String, schedule: CardSchedule?) { self.id = id; self.schedule = schedule }
}
