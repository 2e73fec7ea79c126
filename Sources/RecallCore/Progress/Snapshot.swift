/// `snapshot.json`: a cache of every card's state, so that loading needs no full replay.
public enum Snapshot {
    public static let fileName = "snapshot.json"
    public static let schema = 1
}
