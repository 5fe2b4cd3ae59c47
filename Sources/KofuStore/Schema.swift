import GRDB

/// The database layout. A shipped migration is never edited: later changes go in new ones, "v2" and on.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("v6") { db in
            try migrateToV6(GRDBConnection(db))
        }
        migrator.registerMigration("v8") { db in
            try db.execute(sql: v8)
        }
        migrator.registerMigration("v9") { db in
            try db.execute(sql: v9)
        }
        migrator.registerMigration("v10") { db in
            try db.execute(sql: v10)
        }
        migrator.registerMigration("v11") { db in
            try db.execute(sql: v11)
        }
        migrator.registerMigration("v12") { db in
            try db.execute(sql: v12)
        }
        migrator.registerMigration("v13") { db in
            try db.execute(sql: v13)
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
            OR (entry_type = 'refund' AND amount <= 0 AND references_ledger_id IS NOT NULL)
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

    /// The city hall window: staff and their audit trail, window-only records (tax payments, businesses), who served
    /// each window issuance, and the daily close of each window till.
    static let v2 = """
    CREATE TABLE staff (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor')),
        password_hash TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 5),
        locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))
    );
    -- Who did what and when. No PIN, password or resident data: issuance ids point to the journal, which holds those.
    -- staff_id is NULL only for a login under an unknown id (what was typed may have been a password).
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        staff_id TEXT REFERENCES staff(id),
        action TEXT NOT NULL,
        issuance_id INTEGER REFERENCES issuance(id),
        detail TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX audit_staff ON audit(staff_id);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
    END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only: rows are never deleted');
    END;
    -- One row per installment (期別), as the tax office collects it.
    CREATE TABLE tax_payment (
        resident_id TEXT NOT NULL REFERENCES resident(id),
        fiscal_year INTEGER NOT NULL,
        item TEXT NOT NULL CHECK (item IN ('inhabitantTax', 'fixedAssetTax', 'lightVehicleTax',
                                           'nationalHealthInsuranceTax')),
        installment INTEGER NOT NULL CHECK (installment >= 1),
        due_on TEXT NOT NULL,
        assessed INTEGER NOT NULL CHECK (assessed >= 0),
        paid INTEGER NOT NULL CHECK (paid BETWEEN 0 AND assessed),
        PRIMARY KEY (resident_id, fiscal_year, item, installment)
    );
    CREATE TABLE business (
        registration_id TEXT PRIMARY KEY,
        resident_id TEXT NOT NULL REFERENCES resident(id),
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        kind TEXT NOT NULL,
        started_on TEXT NOT NULL
    );
    CREATE INDEX business_resident ON business(resident_id);
    -- Window issuances record who served and which identity document was checked; kiosk ones leave these NULL.
    ALTER TABLE issuance ADD COLUMN staff_id TEXT REFERENCES staff(id);
    ALTER TABLE issuance ADD COLUMN identity_document TEXT;
    ALTER TABLE issuance ADD COLUMN proxy_name TEXT;
    CREATE TABLE window_close (
        business_date TEXT NOT NULL,
        terminal TEXT NOT NULL,
        staff_id TEXT NOT NULL REFERENCES staff(id),
        expected_cash INTEGER NOT NULL,
        counted_cash INTEGER NOT NULL CHECK (counted_cash >= 0),
        closed_at TEXT NOT NULL,
        UNIQUE (business_date, terminal)
    );
    CREATE TRIGGER window_close_no_update BEFORE UPDATE ON window_close
    BEGIN
        SELECT RAISE(ABORT, 'a closed till stays closed as counted');
    END;
    CREATE TRIGGER window_close_no_delete BEFORE DELETE ON window_close
    BEGIN
        SELECT RAISE(ABORT, 'a closed till stays closed: rows are never deleted');
    END;
    """
}
