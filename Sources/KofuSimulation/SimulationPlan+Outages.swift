import Foundation

extension SimulationPlan {
    /// Does `work` again while it fails, for up to `patience` seconds, in a run that expects outages; otherwise
    /// once. A run that outlasts its sessions can end while the store is still down, and its own checks would then
    /// fail on the outage rather than on anything the run did. Only work that is safe to repeat belongs here: the
    /// checks read, and settling a terminal's open payments goes by their keys.
    func outlastingOutages<Answer>(patience: TimeInterval = 60, _ work: () throws -> Answer) throws -> Answer {
        let deadline = Date().addingTimeInterval(patience)
        while true {
            do {
                return try work()
            } catch where expectOutages && Date() < deadline {
                Thread.sleep(forTimeInterval: min(0.5, patience / 10))
            }
        }
    }
}
