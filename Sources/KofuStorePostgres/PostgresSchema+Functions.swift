/// The functions migration "p1" defines, and the triggers that make its chained tables grow only at their heads.
extension PostgresSchema {
    private static let genesis = String(repeating: "0", count: 64)

    static let functions = """
    CREATE FUNCTION kofu_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
    END $$;
    -- The next id of a numbered table, past every id it handed out, deleted ones included: SQLite's AUTOINCREMENT.
    -- Counted in the writer's own transaction (and under the writers' lock), so a transaction that rolls back hands
    -- out nothing, and issuance serials, made from the issuance id, have no gaps.
    CREATE FUNCTION kofu_next_id(counted TEXT) RETURNS BIGINT LANGUAGE plpgsql AS $$
    DECLARE
        handed BIGINT;
    BEGIN
        UPDATE chain_counter SET handed_out = handed_out + 1 WHERE name = counted RETURNING handed_out INTO handed;
        RETURN handed;
    END $$;
    -- A chained row goes in only as the next link of its table's chain.
    CREATE FUNCTION kofu_chained() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        head_seq BIGINT;
        head_hash TEXT;
    BEGIN
        EXECUTE format('SELECT seq, hash FROM %I WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1', TG_TABLE_NAME)
            INTO head_seq, head_hash;
        IF NEW.hash IS NULL OR NEW.seq IS DISTINCT FROM COALESCE(head_seq, 0) + 1
            OR NEW.prev_hash IS DISTINCT FROM COALESCE(head_hash, '\(genesis)') THEN
            RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
    END $$;
    """

    static let chainTriggers = """
    CREATE TRIGGER ledger_chained BEFORE INSERT ON ledger FOR EACH ROW
        EXECUTE FUNCTION kofu_chained('a ledger row is appended at the head of the chain');
    CREATE TRIGGER audit_chained BEFORE INSERT ON audit FOR EACH ROW
        EXECUTE FUNCTION kofu_chained('an audit row is appended at the head of the chain');
    CREATE TRIGGER window_close_chained BEFORE INSERT ON window_close FOR EACH ROW
        EXECUTE FUNCTION kofu_chained('a till close is appended at the head of the chain, with the ledger head it saw');
    """
}
