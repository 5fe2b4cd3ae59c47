/// Migrations of the printed certificates, registered in `Schema.migrator`.
extension Schema {
    /// Printed certificates as the city prints them: the family each taxpayer supported, by kind, from which the
    /// income certificate computes its deductions and 非課税 limits; and how each tax is collected.
    static let v3 = """
    ALTER TABLE income_record ADD COLUMN spouse_kind TEXT NOT NULL DEFAULT 'none'
        CHECK (spouse_kind IN ('none', 'general', 'elderly'));
    ALTER TABLE income_record ADD COLUMN young_dependants INTEGER NOT NULL DEFAULT 0 CHECK (young_dependants >= 0);
    ALTER TABLE income_record ADD COLUMN general_dependants INTEGER NOT NULL DEFAULT 0 CHECK (general_dependants >= 0);
    ALTER TABLE income_record ADD COLUMN specified_dependants INTEGER NOT NULL DEFAULT 0
        CHECK (specified_dependants >= 0);
    ALTER TABLE income_record ADD COLUMN elderly_dependants INTEGER NOT NULL DEFAULT 0 CHECK (elderly_dependants >= 0);
    ALTER TABLE income_record ADD COLUMN cohabiting_parents INTEGER NOT NULL DEFAULT 0 CHECK (cohabiting_parents >= 0);
    -- Records written before knew only the deductions' amounts: take the kinds those amounts imply (earlier seeds
    -- granted 330,000 yen for each 一般 dependant and counted the rest as 年少).
    UPDATE income_record SET spouse_kind = CASE
        WHEN spouse_deduction = 0 THEN 'none' WHEN spouse_deduction IN (380000, 260000, 130000) THEN 'elderly'
        ELSE 'general' END;
    UPDATE income_record SET general_dependants = dependant_deduction / 330000,
        young_dependants = dependants - dependant_deduction / 330000
        WHERE dependant_deduction % 330000 = 0 AND dependants >= dependant_deduction / 330000;
    -- Every installment of a series carries its series' method; what was recorded before was paid by payment slip.
    ALTER TABLE tax_payment ADD COLUMN collection TEXT NOT NULL DEFAULT 'ordinary'
        CHECK (collection IN ('ordinary', 'salary', 'pension'));
    """
}
