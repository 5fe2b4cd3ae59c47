import KofuStore

/// The store's layout on PostgreSQL: the same tables, columns and rules as the SQLite file's at its latest
/// migration (`Schema` in KofuStore), written in PostgreSQL's dialect. A shipped migration is never edited: a change
/// to the SQLite schema comes with its PostgreSQL migration here, "p2" and on.
///
/// Where the engines differ: integers are BIGINT (SQLite's are 64-bit); texts compare byte by byte (`COLLATE "C"`,
/// as SQLite does), whatever the server's locale; the append-only and chain rules are triggers calling two shared
/// functions, and also refuse TRUNCATE, which SQLite does not have; the chained tables carry a `chain_rowid`
/// identity column, which tells the order rows were written in as SQLite's rowid does, and `chain_counter` keeps
/// the highest id each numbered table handed out, as `sqlite_sequence` does.
enum PostgresSchema {
    static let migrations: [(identifier: String, sql: String)] = [("p1", p1)]

    /// Every table of the store, for `integrityCheck`.
    static let tables = KofuDatabase.tables + ["chain_counter"]

    private static let text = "TEXT COLLATE \"C\""

    static let p1 = """
    \(functions)
    CREATE TABLE municipality (
        code \(text) PRIMARY KEY,
        name \(text) NOT NULL,
        name_en \(text) NOT NULL,
        prefecture \(text) NOT NULL,
        mayor \(text) NOT NULL,
        participates_in_kiosk BIGINT NOT NULL CHECK (participates_in_kiosk IN (0, 1))
    );
    CREATE TABLE household (
        id \(text) PRIMARY KEY,
        municipality_code \(text) NOT NULL REFERENCES municipality(code),
        address \(text) NOT NULL
    );
    CREATE TABLE resident (
        id \(text) PRIMARY KEY,
        household_id \(text) NOT NULL REFERENCES household(id),
        family_name \(text) NOT NULL,
        given_name \(text) NOT NULL,
        family_name_kana \(text) NOT NULL,
        given_name_kana \(text) NOT NULL,
        birth_date \(text) NOT NULL,
        sex \(text) NOT NULL CHECK (sex IN ('male', 'female')),
        relationship \(text) NOT NULL,
        domicile \(text) NOT NULL,
        domicile_head \(text) NOT NULL,
        my_number \(text) NOT NULL,
        became_resident_on \(text) NOT NULL,
        moved_in_on \(text) NOT NULL,
        notified_on \(text) NOT NULL,
        previous_address \(text) NOT NULL,
        status \(text) NOT NULL CHECK (status IN ('active', 'movedOut', 'deceased')),
        status_date \(text),
        protection_measure BIGINT NOT NULL CHECK (protection_measure IN (0, 1)),
        moved_to \(text)
    );
    CREATE INDEX resident_household ON resident(household_id);
    CREATE TABLE credential (
        id \(text) PRIMARY KEY,
        kind \(text) NOT NULL CHECK (kind IN ('card', 'smartphone')),
        resident_id \(text) NOT NULL REFERENCES resident(id),
        pin_hash \(text) NOT NULL,
        failed_attempts BIGINT NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 3),
        state \(text) NOT NULL CHECK (state IN ('active', 'locked', 'revoked')),
        issued_on \(text) NOT NULL,
        expires_on \(text) NOT NULL
    );
    CREATE TABLE seal_registration (
        resident_id \(text) PRIMARY KEY REFERENCES resident(id),
        number \(text) NOT NULL UNIQUE,
        impression \(text) NOT NULL,
        registered_on \(text) NOT NULL
    );
    CREATE TABLE income_record (
        resident_id \(text) NOT NULL REFERENCES resident(id),
        fiscal_year BIGINT NOT NULL,
        address_on_january_1 \(text) NOT NULL,
        salary_revenue BIGINT NOT NULL,
        salary_income BIGINT NOT NULL,
        pension_revenue BIGINT NOT NULL,
        pension_income BIGINT NOT NULL,
        business_income BIGINT NOT NULL,
        total_income BIGINT NOT NULL,
        social_insurance_deduction BIGINT NOT NULL,
        basic_deduction BIGINT NOT NULL,
        spouse_deduction BIGINT NOT NULL,
        dependant_deduction BIGINT NOT NULL,
        total_deductions BIGINT NOT NULL,
        taxable_income BIGINT NOT NULL,
        dependants BIGINT NOT NULL,
        municipal_tax BIGINT NOT NULL,
        prefectural_tax BIGINT NOT NULL,
        spouse_kind \(text) NOT NULL DEFAULT 'none' CHECK (spouse_kind IN ('none', 'general', 'elderly')),
        young_dependants BIGINT NOT NULL DEFAULT 0 CHECK (young_dependants >= 0),
        general_dependants BIGINT NOT NULL DEFAULT 0 CHECK (general_dependants >= 0),
        specified_dependants BIGINT NOT NULL DEFAULT 0 CHECK (specified_dependants >= 0),
        elderly_dependants BIGINT NOT NULL DEFAULT 0 CHECK (elderly_dependants >= 0),
        cohabiting_parents BIGINT NOT NULL DEFAULT 0 CHECK (cohabiting_parents >= 0),
        PRIMARY KEY (resident_id, fiscal_year)
    );
    CREATE TABLE settings (
        key \(text) PRIMARY KEY,
        value \(text) NOT NULL
    );
    INSERT INTO settings (key, value) VALUES ('store_id', upper(substr(md5(random()::text || clock_timestamp()::text), 1, 6))),
        ('signed_closes_from', '1');
    CREATE TABLE staff (
        id \(text) PRIMARY KEY,
        name \(text) NOT NULL,
        role \(text) NOT NULL CHECK (role IN ('clerk', 'supervisor')),
        password_hash \(text) NOT NULL,
        failed_attempts BIGINT NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 5),
        locked BIGINT NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
        retry_after \(text)
    );
    CREATE TABLE chain_counter (
        name \(text) PRIMARY KEY,
        handed_out BIGINT NOT NULL CHECK (handed_out >= 0)
    );
    INSERT INTO chain_counter (name, handed_out) VALUES ('issuance', 0), ('document', 0), ('ledger', 0), ('audit', 0);
    CREATE TABLE issuance (
        id BIGINT PRIMARY KEY DEFAULT kofu_next_id('issuance'),
        resident_id \(text) NOT NULL REFERENCES resident(id),
        credential_id \(text) REFERENCES credential(id),
        kind \(text) NOT NULL,
        options_json \(text) NOT NULL,
        copies BIGINT NOT NULL CHECK (copies BETWEEN 1 AND 10),
        channel \(text) NOT NULL CHECK (channel IN ('kiosk', 'window')),
        terminal \(text) NOT NULL,
        created_at \(text) NOT NULL,
        business_date \(text) NOT NULL,
        staff_id \(text) REFERENCES staff(id),
        identity_document \(text),
        proxy_name \(text),
        applicant \(text) CHECK (applicant IN ('resident', 'householdMember', 'heir', 'attorney')),
        applicant_resident_id \(text) REFERENCES resident(id),
        applicant_relationship \(text),
        proxy_purpose \(text),
        proxy_submit_to \(text),
        delivery \(text) CHECK (delivery IN ('counter', 'mailToRegisteredAddress'))
    );
    CREATE TABLE document (
        id BIGINT PRIMARY KEY DEFAULT kofu_next_id('document'),
        serial \(text) NOT NULL UNIQUE,
        issuance_id BIGINT NOT NULL REFERENCES issuance(id),
        copy_number BIGINT NOT NULL,
        body \(text) NOT NULL,
        verification_code \(text) NOT NULL,
        printed_at \(text),
        reprints BIGINT NOT NULL DEFAULT 0 CHECK (reprints >= 0),
        UNIQUE (issuance_id, copy_number)
    );
    CREATE TABLE ledger (
        id BIGINT PRIMARY KEY,
        entry_type \(text) NOT NULL CHECK (entry_type IN ('charge', 'refund', 'exemption')),
        issuance_id BIGINT REFERENCES issuance(id),
        references_ledger_id BIGINT REFERENCES ledger(id),
        channel \(text) NOT NULL CHECK (channel IN ('kiosk', 'window')),
        terminal \(text) NOT NULL,
        kind \(text) NOT NULL,
        copies BIGINT NOT NULL,
        unit_fee BIGINT NOT NULL,
        amount BIGINT NOT NULL,
        business_date \(text) NOT NULL,
        created_at \(text) NOT NULL,
        reason \(text),
        seq BIGINT,
        prev_hash \(text),
        hash \(text),
        chain_rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        CHECK ((entry_type = 'charge' AND amount >= 0 AND references_ledger_id IS NULL)
            OR (entry_type = 'refund' AND amount <= 0 AND references_ledger_id IS NOT NULL)
            OR (entry_type = 'exemption' AND amount = 0 AND reason IS NOT NULL))
    );
    CREATE INDEX ledger_business_date ON ledger(business_date);
    CREATE UNIQUE INDEX ledger_one_refund_per_charge ON ledger(references_ledger_id)
        WHERE references_ledger_id IS NOT NULL;
    CREATE TABLE audit (
        id BIGINT PRIMARY KEY,
        staff_id \(text) REFERENCES staff(id),
        action \(text) NOT NULL,
        issuance_id BIGINT REFERENCES issuance(id),
        detail \(text) NOT NULL,
        at \(text) NOT NULL,
        seq BIGINT,
        prev_hash \(text),
        hash \(text),
        chain_rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
    );
    CREATE INDEX audit_staff ON audit(staff_id);
    CREATE TABLE tax_payment (
        resident_id \(text) NOT NULL REFERENCES resident(id),
        fiscal_year BIGINT NOT NULL,
        item \(text) NOT NULL CHECK (item IN ('inhabitantTax', 'fixedAssetTax', 'lightVehicleTax',
                                              'nationalHealthInsuranceTax')),
        installment BIGINT NOT NULL CHECK (installment >= 1),
        due_on \(text) NOT NULL,
        assessed BIGINT NOT NULL CHECK (assessed >= 0),
        paid BIGINT NOT NULL CHECK (paid BETWEEN 0 AND assessed),
        collection \(text) NOT NULL DEFAULT 'ordinary' CHECK (collection IN ('ordinary', 'salary', 'pension')),
        PRIMARY KEY (resident_id, fiscal_year, item, installment)
    );
    CREATE TABLE business (
        registration_id \(text) PRIMARY KEY,
        resident_id \(text) NOT NULL REFERENCES resident(id),
        name \(text) NOT NULL,
        address \(text) NOT NULL,
        kind \(text) NOT NULL,
        started_on \(text) NOT NULL
    );
    CREATE INDEX business_resident ON business(resident_id);
    CREATE TABLE window_close (
        business_date \(text) NOT NULL,
        terminal \(text) NOT NULL,
        staff_id \(text) NOT NULL REFERENCES staff(id),
        expected_cash BIGINT NOT NULL,
        counted_cash BIGINT NOT NULL CHECK (counted_cash >= 0),
        closed_at \(text) NOT NULL,
        change_float BIGINT NOT NULL DEFAULT 0 CHECK (change_float >= 0),
        ledger_seq BIGINT,
        ledger_head \(text),
        seq BIGINT,
        prev_hash \(text),
        hash \(text),
        signature \(text),
        chain_rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        UNIQUE (business_date, terminal),
        CHECK (ledger_seq IS NOT NULL AND ledger_head IS NOT NULL)
    );
    CREATE TABLE window_payment (
        issuance_id BIGINT PRIMARY KEY REFERENCES issuance(id),
        received BIGINT NOT NULL CHECK (received >= 0),
        change_given BIGINT NOT NULL CHECK (change_given >= 0)
    );
    CREATE TABLE refund_record (
        ledger_id BIGINT PRIMARY KEY REFERENCES ledger(id),
        reason \(text) NOT NULL CHECK (reason IN ('clericalError', 'wrongRequest', 'duplicate', 'printDefect', 'other')),
        note \(text) NOT NULL,
        copies_collected BIGINT NOT NULL CHECK (copies_collected = 1),
        approved_by \(text) NOT NULL REFERENCES staff(id)
    );
    CREATE TABLE receipt_print (
        issuance_id BIGINT NOT NULL REFERENCES issuance(id),
        copy BIGINT NOT NULL CHECK (copy >= 1),
        staff_id \(text) NOT NULL REFERENCES staff(id),
        terminal \(text) NOT NULL,
        printed_at \(text) NOT NULL,
        PRIMARY KEY (issuance_id, copy)
    );
    CREATE TABLE terminal (
        id \(text) PRIMARY KEY,
        kind \(text) NOT NULL CHECK (kind IN ('kiosk', 'window')),
        site \(text) NOT NULL,
        registered_at \(text) NOT NULL,
        revoked_at \(text),
        secret_hash \(text)
    );
    CREATE TABLE issue_request (
        terminal \(text) NOT NULL REFERENCES terminal(id),
        request_key \(text) NOT NULL,
        issuance_id BIGINT UNIQUE REFERENCES issuance(id),
        withdrawn_at \(text),
        PRIMARY KEY (terminal, request_key),
        CHECK (issuance_id IS NOT NULL OR withdrawn_at IS NOT NULL)
    );
    CREATE TABLE pin_ticket (
        ticket_hash \(text) PRIMARY KEY,
        terminal \(text) NOT NULL REFERENCES terminal(id),
        credential_id \(text) NOT NULL REFERENCES credential(id),
        resident_id \(text) NOT NULL REFERENCES resident(id),
        expires_at \(text) NOT NULL
    );
    CREATE TABLE staff_session (
        session_hash \(text) PRIMARY KEY,
        purpose \(text) NOT NULL CHECK (purpose IN ('session', 'approval')),
        terminal \(text) NOT NULL REFERENCES terminal(id),
        staff_id \(text) NOT NULL REFERENCES staff(id),
        expires_at \(text) NOT NULL
    );

    CREATE UNIQUE INDEX ledger_seq ON ledger(seq);
    CREATE UNIQUE INDEX audit_seq ON audit(seq);
    CREATE UNIQUE INDEX window_close_seq ON window_close(seq);
    \(refusals)
    \(chainTriggers)
    """
}
