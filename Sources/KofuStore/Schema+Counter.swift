/// Migrations of the city hall counter's practice, registered in `Schema.migrator`.
extension Schema {
    /// Who came to the counter (the resident, a household member from the register, an heir with their relationship,
    /// or a proxy with what they stated), how the certificate leaves (handed over, or mailed to the registered
    /// address), and where someone who moved out went.
    static let v4 = """
    ALTER TABLE issuance ADD COLUMN applicant TEXT CHECK (applicant IN ('resident', 'householdMember', 'heir', 'attorney'));
    ALTER TABLE issuance ADD COLUMN applicant_resident_id TEXT REFERENCES resident(id);
    ALTER TABLE issuance ADD COLUMN applicant_relationship TEXT;
    ALTER TABLE issuance ADD COLUMN proxy_purpose TEXT;
    ALTER TABLE issuance ADD COLUMN proxy_submit_to TEXT;
    ALTER TABLE issuance ADD COLUMN delivery TEXT CHECK (delivery IN ('counter', 'mailToRegisteredAddress'));
    -- 転出先, printed on the 除票 of someone who moved out.
    ALTER TABLE resident ADD COLUMN moved_to TEXT;
    """

    /// Money at the counter: the cash handed over and the change for each window fee, why each refund was made and
    /// that its copies came back, each printed receipt (領収書), and the change float a till is closed with.
    static let v5 = """
    CREATE TABLE window_payment (
        issuance_id INTEGER PRIMARY KEY REFERENCES issuance(id),
        received INTEGER NOT NULL CHECK (received >= 0),
        change_given INTEGER NOT NULL CHECK (change_given >= 0)
    );
    -- The clerk's note may name someone: it stays here, beside the ledger row, never in it.
    CREATE TABLE refund_record (
        ledger_id INTEGER PRIMARY KEY REFERENCES ledger(id),
        reason TEXT NOT NULL CHECK (reason IN ('clericalError', 'wrongRequest', 'duplicate', 'printDefect', 'other')),
        note TEXT NOT NULL,
        copies_collected INTEGER NOT NULL CHECK (copies_collected = 1),
        approved_by TEXT NOT NULL REFERENCES staff(id)
    );
    CREATE TABLE receipt_print (
        issuance_id INTEGER NOT NULL REFERENCES issuance(id),
        copy INTEGER NOT NULL CHECK (copy >= 1),
        staff_id TEXT NOT NULL REFERENCES staff(id),
        terminal TEXT NOT NULL,
        printed_at TEXT NOT NULL,
        PRIMARY KEY (issuance_id, copy)
    );
    ALTER TABLE window_close ADD COLUMN change_float INTEGER NOT NULL DEFAULT 0 CHECK (change_float >= 0);
    CREATE TRIGGER window_payment_no_change BEFORE UPDATE ON window_payment
    BEGIN
        SELECT RAISE(ABORT, 'a payment stays as it was taken');
    END;
    CREATE TRIGGER window_payment_no_delete BEFORE DELETE ON window_payment
    BEGIN
        SELECT RAISE(ABORT, 'a payment stays as it was taken');
    END;
    CREATE TRIGGER refund_record_no_change BEFORE UPDATE ON refund_record
    BEGIN
        SELECT RAISE(ABORT, 'a refund stays as it was approved');
    END;
    CREATE TRIGGER refund_record_no_delete BEFORE DELETE ON refund_record
    BEGIN
        SELECT RAISE(ABORT, 'a refund stays as it was approved');
    END;
    """
}
