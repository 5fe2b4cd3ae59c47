import Foundation

/// `store init` of a seed with many cards: every PIN is hashed (slow on purpose) over all the cores. Against the
/// same command held to one core, the ratio shows the cores at work; the time for 100,000 cards is projected from
/// the rate, since hashing them takes the better part of an hour on two cores.
struct StoreInitFigures {
    let plan: BenchPlan
    let workspace: Workspace
    let measurer: String

    func measure() throws -> [Figure] {
        let (seed, secrets) = try largeSeed(extraCards: plan.seedCards)
        let both = try workspace.command(["store", "init", "--db", workspace.file("init-all.sqlite"), "--seed", seed])
            .measured(by: measurer).run()
        var one: TimedCommand.Run?
        if let taskset = TimedCommand.which(["taskset"]) {
            one = try TimedCommand(arguments: [taskset, "-c", "0", plan.kofu, "store", "init", "--db",
                                               workspace.file("init-one.sqlite"), "--seed", seed],
                                   environment: plan.environment).measured(by: measurer).run()
        }
        guard both.status == 0, one?.status ?? 0 == 0 else {
            throw BenchError.commandFailed("kofu store init --seed \(seed)", status: max(both.status, one?.status ?? 0),
                                           output: "")
        }
        let rate = Double(secrets) / both.milliseconds * 1000
        let oneCore = one.map { Double(secrets) / $0.milliseconds * 1000 }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return [
            Figure(figure: "store init, PINs and passwords hashed per second", unit: "/s", kofu: rate, peer: oneCore,
                   peerName: oneCore == nil ? nil : "Kofu held to one core", ratio: oneCore.map { rate / $0 },
                   runs: 1, spread: [rate, rate], target: "every core at work (≥ 1.5× one core)",
                   meets: cores < 2 ? nil : oneCore.map { rate / $0 >= 1.5 }),
            Figure(figure: "store init of 100,000 cards, projected from that rate", unit: "s", kofu: 100_000 / rate,
                   runs: 1, spread: [100_000 / rate, 100_000 / rate], target: "stated, with a progress bar",
                   meets: nil),
        ]
    }

    /// The demo seed with `extraCards` more cards for its first resident; returns the file and how many secrets
    /// (PINs and staff passwords) `store init` hashes for it.
    private func largeSeed(extraCards: Int) throws -> (String, Int) {
        let demo = plan.assets.appendingPathComponent("demo/seed.json")
        guard var seed = try JSONSerialization.jsonObject(with: Data(contentsOf: demo)) as? [String: Any],
              var cards = seed["credentials"] as? [[String: Any]], let first = cards.first,
              let staff = seed["staff"] as? [Any] else {
            throw BenchError.missing("the demo seed's credentials in \(demo.path)")
        }
        for number in 1...extraCards {
            var card = first
            card["id"] = String(800_000 + number)
            card["kind"] = "card"
            cards.append(card)
        }
        seed["credentials"] = cards
        let file = workspace.file("large-seed.json")
        try JSONSerialization.data(withJSONObject: seed).write(to: URL(fileURLWithPath: file))
        return (file, cards.count + staff.count)
    }
}
