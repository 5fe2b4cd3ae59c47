import ArgumentParser
import Foundation
import KofuCore
import KofuStore

struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "City hall window staff accounts.",
        subcommands: [Add.self, List.self, Unlock.self, Recover.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add",
            abstract: "Add an account; the password is asked twice without echo (or read as two lines from a pipe).",
            discussion: """
                Once the database has a supervisor, a supervisor must approve: give --supervisor and their password \
                is asked after the new one (a third line from a pipe).
                """)

        @Option(help: "The database file.")
        var db: String

        @Option(help: "Staff id used to log in (ASCII letters, digits, hyphens).")
        var id: String

        @Option(help: "The staff member's name.")
        var name: String

        @Option(help: "clerk or supervisor.")
        var role: StaffRole

        @Option(help: "The supervisor approving the new account (required once any supervisor exists).")
        var supervisor: String?

        func run() throws {
            let password = try PasswordPrompt.newPassword("Password for \(id): ", id: id)
            let directory = SQLiteStaffDirectory(database: try StoreLocation.open(db))
            var approver: StaffMember?
            if try directory.hasSupervisor() {
                guard let supervisor else {
                    throw CommandFailure("this database has supervisors: give --supervisor ID to approve the new account")
                }
                approver = try Unlock.approve(supervisor, directory, refusal: "\(id) was not added")
            }
            try directory.add(StaffMember(id: id, name: name, role: role), password: password, by: approver, at: Date())
            print("Added \(role.rawValue) \(id) (\(name)).")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the accounts: id, name, role and state (never a password).")

        @Option(help: "The database file.")
        var db: String

        func run() throws {
            let now = Date()
            let directory = SQLiteStaffDirectory(database: try StoreLocation.open(db, readOnly: true))
            let rows = try directory.accounts().map {
                [$0.member.id, $0.member.name, $0.member.role.rawValue,
                 $0.locked ? "locked" : ($0.retryAfter ?? now) > now ? "waiting" : "active", String($0.failedAttempts)]
            }
            print(TextTable.render(header: ["id", "name", "role", "state", "failed_attempts"], rows: rows,
                                   rightAligned: ["failed_attempts"]), terminator: "")
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "unlock",
            abstract: "Unlock an account after five wrong passwords; a supervisor's password is asked without echo.")

        @Option(help: "The database file.")
        var db: String

        @Option(help: "The account to unlock.")
        var id: String

        @Option(help: "The supervisor approving the unlock.")
        var supervisor: String

        func run() throws {
            let directory = SQLiteStaffDirectory(database: try StoreLocation.open(db))
            let member = try Self.approve(supervisor, directory, refusal: "\(id) stays locked")
            try directory.unlock(staffID: id, by: member, at: Date())
            print("Unlocked \(id).")
        }

        /// Asks a supervisor's password without echo and returns them once it is right.
        static func approve(_ supervisor: String, _ directory: SQLiteStaffDirectory, refusal: String) throws -> StaffMember {
            try signIn(supervisor, as: "supervisor", refusal: refusal) { password in
                try directory.approve(supervisorID: supervisor, password: password, at: Date())
            }
        }

        /// Asks `id`'s password without echo, checks it with `check` (which counts a wrong one as the window's
        /// login does) and returns the member once it is right; otherwise says why and what was not done.
        static func signIn(_ id: String, as role: String, refusal: String,
                           _ check: (String) throws -> LoginOutcome) throws -> StaffMember {
            let password = try PasswordPrompt.read("Password of \(role) \(id): ")
            switch try check(password) {
            case .loggedIn(let member):
                return member
            case .rejected:
                throw CommandFailure("\(id) is no \(role) or the password is wrong (5 wrong in a row lock the account); "
                                     + refusal)
            case .locked: throw CommandFailure("\(role) \(id) is locked; a supervisor must unlock it")
            case .coolingDown(let until):
                let time = CityClock.japan.hourMinute(until)
                throw CommandFailure("\(role) \(id) takes no password until \(time) (Japan time) after too many wrong "
                                     + "ones; \(refusal)")
            }
        }
    }

    struct Recover: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "recover",
            abstract: "Unlock a supervisor and give them a new password, proven by the city's signing key file.",
            discussion: """
                For when no supervisor can approve anything: every one locked, or the last one's password forgotten. \
                The new password is asked twice without echo (or read as two lines from a pipe). Audited.
                """)

        @Option(help: "The database file.")
        var db: String

        @Option(help: "The supervisor account to recover.")
        var id: String

        @OptionGroup var signing: KeyOption

        func run() throws {
            let database = try StoreLocation.open(db)
            // Checked before the password is asked: a wrong key wastes nobody's typing.
            let key = try database.signingKey(at: signing.path(besideDatabase: db))
            let password = try PasswordPrompt.newPassword("New password for \(id): ", id: id)
            try SQLiteStaffDirectory(database: database)
                .recover(supervisorID: id, newPassword: password, signingKey: key, at: Date())
            print("Recovered supervisor \(id): unlocked, with the new password.")
        }
    }
}

extension StaffRole: ExpressibleByArgument {}
