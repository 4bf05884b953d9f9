import Foundation

extension PostgresStore {
    /// The schema, one migration per version, named as the SQLite store's are; never edit a
    /// shipped migration, add one. Statements end with a semicolon at the end of a line (the
    /// server takes one statement at a time). Text sorts by bytes (`COLLATE "C"`), as SQLite's does, so
    /// both stores hand the engine rows in the same order.
    static let migrations: [(id: String, sql: String)] = [
        (
            "v1",
            """
            CREATE TABLE sellers (
                id TEXT COLLATE "C" PRIMARY KEY,
                name TEXT NOT NULL,
                platform TEXT NOT NULL,
                vertical TEXT NOT NULL,
                regions TEXT NOT NULL,
                currency TEXT NOT NULL,
                sku_count BIGINT NOT NULL,
                origin TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'new',
                tier TEXT,
                apps TEXT,
                seed BIGINT,
                metrics TEXT
            );
            CREATE TABLE listings (
                seller_id TEXT COLLATE "C" NOT NULL REFERENCES sellers(id),
                sku TEXT COLLATE "C" NOT NULL,
                product_id TEXT NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL,
                tags TEXT NOT NULL,
                source_category TEXT NOT NULL,
                tiktok_category_id BIGINT,
                tiktok_category_path TEXT,
                coverage_reason TEXT,
                moderation TEXT NOT NULL,
                status TEXT NOT NULL,
                price_minor BIGINT NOT NULL,
                currency TEXT NOT NULL,
                campaign_price_minor BIGINT,
                inventory TEXT NOT NULL,
                moderation_tags TEXT NOT NULL,
                live_at BIGINT,
                PRIMARY KEY (seller_id, sku)
            );
            CREATE INDEX listings_status ON listings(seller_id, status);
            CREATE TABLE flags (
                id BIGINT NOT NULL,
                seller_id TEXT COLLATE "C" NOT NULL REFERENCES sellers(id),
                sku TEXT COLLATE "C" NOT NULL,
                rule_id TEXT COLLATE "C" NOT NULL,
                rule_category TEXT NOT NULL,
                severity TEXT NOT NULL,
                field TEXT NOT NULL,
                matched TEXT NOT NULL,
                span_start BIGINT NOT NULL,
                span_end BIGINT NOT NULL,
                state TEXT NOT NULL DEFAULT 'open',
                appeals BIGINT NOT NULL DEFAULT 0,
                raised_at BIGINT NOT NULL,
                decided_by TEXT,
                decided_at BIGINT,
                PRIMARY KEY (seller_id, id)
            );
            CREATE INDEX flags_state ON flags(seller_id, state);
            CREATE TABLE conflicts (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                seller_id TEXT COLLATE "C" NOT NULL REFERENCES sellers(id),
                sku TEXT COLLATE "C" NOT NULL,
                field TEXT NOT NULL,
                merchant_value TEXT NOT NULL,
                tiktok_value TEXT NOT NULL,
                resolved_value TEXT NOT NULL,
                policy TEXT NOT NULL,
                winner TEXT NOT NULL,
                needs_human BIGINT NOT NULL CHECK (needs_human IN (0, 1)),
                state TEXT NOT NULL,
                event_id TEXT NOT NULL,
                at BIGINT NOT NULL
            );
            CREATE INDEX conflicts_seller ON conflicts(seller_id, state);
            CREATE TABLE installs (
                seller_id TEXT COLLATE "C" NOT NULL REFERENCES sellers(id),
                app_id TEXT COLLATE "C" NOT NULL,
                scopes TEXT NOT NULL,
                installed_at BIGINT NOT NULL,
                revoked_at BIGINT,
                PRIMARY KEY (seller_id, app_id)
            );
            CREATE TABLE ledger (
                seller_id TEXT COLLATE "C" NOT NULL,
                seq BIGINT NOT NULL,
                at BIGINT NOT NULL,
                type TEXT COLLATE "C" NOT NULL,
                actor TEXT COLLATE "C" NOT NULL,
                sku TEXT COLLATE "C",
                data TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL,
                PRIMARY KEY (seller_id, seq)
            );
            CREATE INDEX ledger_type ON ledger(seller_id, type, seq);
            CREATE INDEX ledger_sku ON ledger(seller_id, sku, seq);
            CREATE FUNCTION pier_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the audit ledger is append-only: % is forbidden', TG_OP; END $$;
            CREATE TRIGGER ledger_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger
                FOR EACH ROW EXECUTE FUNCTION pier_ledger_append_only();
            CREATE TRIGGER ledger_no_truncate BEFORE TRUNCATE ON ledger
                FOR EACH STATEMENT EXECUTE FUNCTION pier_ledger_append_only();
            """
        ),
        (
            "v2-imported-catalogues",
            """
            CREATE TABLE catalog_items (
                seller_id TEXT COLLATE "C" NOT NULL REFERENCES sellers(id),
                sku TEXT COLLATE "C" NOT NULL,
                position BIGINT NOT NULL,
                document BIGINT NOT NULL,
                item TEXT NOT NULL,
                PRIMARY KEY (seller_id, sku)
            );
            CREATE INDEX catalog_items_order ON catalog_items(seller_id, position);
            """
        ),
        (
            "v3-orders",
            """
            CREATE TABLE orders (
                seller_id TEXT COLLATE "C" NOT NULL REFERENCES sellers(id),
                order_id TEXT COLLATE "C" NOT NULL,
                sku TEXT COLLATE "C" NOT NULL,
                region TEXT NOT NULL,
                quantity BIGINT NOT NULL,
                amount_minor BIGINT NOT NULL,
                status TEXT NOT NULL,
                fulfilment TEXT NOT NULL,
                return_state TEXT NOT NULL,
                note TEXT NOT NULL,
                placed_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (seller_id, order_id)
            );
            CREATE INDEX orders_placed ON orders(seller_id, placed_at);
            """
        ),
        (
            "v4-operator-roles",
            """
            CREATE TABLE operator_roles (
                operator TEXT COLLATE "C" PRIMARY KEY,
                role TEXT NOT NULL CHECK (role IN ('ops', 'support', 'presenter')),
                granted_by TEXT NOT NULL,
                granted_at TEXT NOT NULL
            );
            """
        ),
        ("v5-flag-claims", PierDatabase.flagClaimsTable),
    ]

    /// Applies the migrations the database lacks, in one transaction, under a lock no other
    /// Pier can hold at the same time; refuses a database a newer Pier has migrated.
    /// Returns the ids applied now.
    @discardableResult
    static func migrate(_ link: PostgresLink) throws -> [String] {
        try link.run("BEGIN")
        do {
            try link.run("SELECT pg_advisory_xact_lock(\(migrationLock))")
            try link.run("CREATE TABLE IF NOT EXISTS pier_migrations (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            let applied = Set(try link.rows("SELECT id FROM pier_migrations").map { try $0.text("id") })
            let known = Set(migrations.map(\.id))
            if let newer = applied.subtracting(known).sorted().first {
                throw StoreError.failed(
                    "the database has schema migration \(newer), which this version of Pier does not know: it was written by a newer Pier; upgrade pier")
            }
            var done = [String]()
            for m in migrations where !applied.contains(m.id) {
                for statement in m.sql.components(separatedBy: ";\n") where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    try link.run(statement)
                }
                try link.run("INSERT INTO pier_migrations (id) VALUES ($1)", [.text(m.id)])
                done.append(m.id)
            }
            try link.run("COMMIT")
            return done
        } catch {
            _ = try? link.run("ROLLBACK")
            throw error
        }
    }

    /// The advisory-lock key migrations take (any fixed number no other lock of Pier's uses).
    static let migrationLock: Int64 = 0x5049_4552_0001
}
