import Foundation
import KofuCore
import KofuStore

/// `kofu simulate`: customer sessions driven through the same reducers, ports and store as the screens, then the
/// store checked against what the simulation counted.
public enum Simulation {
    public static func run(_ plan: SimulationPlan, in world: SimulationWorld) throws -> SimulationTally {
        var tally = SimulationTally()
        let before = try plan.outlastingOutages { try SimulationAudit.watermark(world.database) }
        switch plan.channel {
        case .kiosk:
            var simulation = try KioskSimulation(plan: plan, world: world)
            simulation.run(into: &tally)
        case .window:
            var simulation = try WindowSimulation(plan: plan, world: world)
            simulation.run(into: &tally)
        }
        return try plan.outlastingOutages {
            var checked = tally
            try SimulationAudit.check(&checked, terminal: plan.terminal, since: before, in: world)
            return checked
        }
    }
}
