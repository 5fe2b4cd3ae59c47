import GRDB

/// The database layout. A shipped migration is never edited: later changes go in new ones, "v2" and on.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        return migrator
    }

    // Dates are 'YYYY-MM-DD' (business dates in Asia/Tokyo), instants ISO-8601 UTC text, money integer yen.
    static let v1 = """
    CREATE TABLE municipality (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL,
        prefecture TEXT NOT NULL,
        mayor TEXT NOT NULL,
        participates_in_kiosk INTEGER NOT NULL CHECK (participates_in_kiosk IN (0, 1))
    );
    CREATE TABLE household (
        id TEXT PRIMARY KEY,
        municipality_code TEXT NOT NULL REFERENCES municipality(code),
        address TEXT NOT NULL
    );
    CREATE TABLE resident (
        id TEXT PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES household(id),
        family_name TEXT NOT NULL,
        given_name TEXT NOT NULL,
        family_name_kana TEXT NOT NULL,
        given_name_kana TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
        relationship TEXT NOT NULL,
        domicile TEXT NOT NULL,
        domicile_head TEXT NOT NULL,
        my_number TEXT NOT NULL,
        became_resident_on TEXT NOT NULL,
        moved_in_on TEXT NOT NULL,
        notified_on TEXT NOT NULL,
        previous_address TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'movedOut', 'deceased')),
        status_date TEXT,
        protection_measure INTEGER NOT NULL CHECK (protection_measure IN (0, 1))
    );
    CREATE INDEX resident_household ON resident(household_id);
    CREATE TABLE credential (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('card', 'smartphone')),
        resident_id TEXT NOT NULL REFERENCES resident(id),
        pin_hash TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 3),
        state TEXT NOT NULL CHECK (state IN ('active', 'locked', 'revoked')),
        issued_on TEXT NOT NULL,
        expires_on TEXT NOT NULL
    );
    CREATE TABLE seal_registration (
        resident_id TEXT PRIMARY KEY REFERENCES resident(id),
        number TEXT NOT NULL UNIQUE,
        impression TEXT NOT NULL,
        registered_on TEXT NOT NULL
    );
    CREATE TABLE income_record (
        resident_id TEXT NOT NULL REFERENCES resident(id),
        fiscal_year INTEGER NOT NULL,
        address_on_january_1 TEXT NOT NULL,
        salary_revenue INTEGER NOT NULL,
        salary_income INTEGER NOT NULL,
        pension_revenue INTEGER NOT NULL,
        pension_income INTEGER NOT NULL,
        business_income INTEGER NOT NULL,
        total_income INTEGER NOT NULL,
        social_insurance_deduction INTEGER NOT NULL,
        basic_deduction INTEGER NOT NULL,
        spouse_deduction INTEGER NOT NULL,
        dependant_deduction INTEGER NOT NULL,
        total_deductions INTEGER NOT NULL,
        taxable_income INTEGER NOT NULL,
        dependants INTEGER NOT NULL,
        municipal_tax INTEGER NOT NULL,
        prefectural_tax INTEGER NOT NULL,
        PRIMARY KEY (resident_id, fiscal_year)
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE issuance (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        resident_id TEXT NOT NULL REFERENCES resident(id),
        credential_id TEXT REFERENCES credential(id),
        kind TEXT NOT NULL,
        options_json TEXT NOT NULL,
        copies INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 10),
        channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'window')),
        terminal TEXT NOT NULL,
        created_at TEXT NOT NULL,
        business_date TEXT NOT NULL
    );
    CREATE TABLE document (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        serial TEXT NOT NULL UNIQUE,
        issuance_id INTEGER NOT NULL REFERENCES issuance(id),
        copy_number INTEGER NOT NULL,
        body TEXT NOT NULL,
        verification_code TEXT NOT NULL,
        UNIQUE (issuance_id, copy_number)
    );
    CREATE TABLE ledger (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_type TEXT NOT NULL CHECK (entry_type IN ('charge', 'refund', 'exemption')),
        issuance_id INTEGER REFERENCES issuance(id),
        references_ledger_id INTEGER REFERENCES ledger(id),
        channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'window')),
        terminal TEXT NOT NULL,
        kind TEXT NOT NULL,
        copies INTEGER NOT NULL,
        unit_fee INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        business_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        reason TEXT,
        CHECK ((entry_type = 'charge' AND amount >= 0 AND references_ledger_id IS NULL)
            OR (entry_type = 'refund' AND amount < 0 AND references_ledger_id IS NOT NULL)
            OR (entry_type = 'exemption' AND amount = 0 AND reason IS NOT NULL))
    );
    CREATE INDEX ledger_business_date ON ledger(business_date);
    CREATE UNIQUE INDEX ledger_one_refund_per_charge ON ledger(references_ledger_id)
        WHERE references_ledger_id IS NOT NULL;
    CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
    BEGIN
        SELECT RAISE(ABORT, 'the ledger is append-only: add a refund row instead of editing');
    END;
    CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
    BEGIN
        SELECT RAISE(ABORT, 'the ledger is append-only: rows are never deleted');
    END;
    """
}
