import GRDB

extension PierDatabase {
    /// The schema, one migration per version; never edit a shipped migration, add one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE sellers (
                        id TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        platform TEXT NOT NULL,
                        vertical TEXT NOT NULL,
                        regions TEXT NOT NULL,
                        currency TEXT NOT NULL,
                        sku_count INTEGER NOT NULL,
                        origin TEXT NOT NULL,
                        status TEXT NOT NULL DEFAULT 'new',
                        tier TEXT,
                        apps TEXT,
                        seed INTEGER,
                        metrics TEXT
                    );
                    CREATE TABLE listings (
                        seller_id TEXT NOT NULL REFERENCES sellers(id),
                        sku TEXT NOT NULL,
                        product_id TEXT NOT NULL,
                        title TEXT NOT NULL,
                        description TEXT NOT NULL,
                        tags TEXT NOT NULL,
                        source_category TEXT NOT NULL,
                        tiktok_category_id INTEGER,
                        tiktok_category_path TEXT,
                        coverage_reason TEXT,
                        moderation TEXT NOT NULL,
                        status TEXT NOT NULL,
                        price_minor INTEGER NOT NULL,
                        currency TEXT NOT NULL,
                        campaign_price_minor INTEGER,
                        inventory TEXT NOT NULL,
                        moderation_tags TEXT NOT NULL,
                        live_at INTEGER,
                        PRIMARY KEY (seller_id, sku)
                    ) WITHOUT ROWID;
                    CREATE INDEX listings_status ON listings(seller_id, status);
                    CREATE TABLE flags (
                        id INTEGER NOT NULL,
                        seller_id TEXT NOT NULL REFERENCES sellers(id),
                        sku TEXT NOT NULL,
                        rule_id TEXT NOT NULL,
                        rule_category TEXT NOT NULL,
                        severity TEXT NOT NULL,
                        field TEXT NOT NULL,
                        matched TEXT NOT NULL,
                        span_start INTEGER NOT NULL,
                        span_end INTEGER NOT NULL,
                        state TEXT NOT NULL DEFAULT 'open',
                        appeals INTEGER NOT NULL DEFAULT 0,
                        raised_at INTEGER NOT NULL,
                        decided_by TEXT,
                        decided_at INTEGER,
                        PRIMARY KEY (seller_id, id)
                    ) WITHOUT ROWID;
                    CREATE INDEX flags_state ON flags(seller_id, state);
                    CREATE TABLE conflicts (
                        id INTEGER PRIMARY KEY,
                        seller_id TEXT NOT NULL REFERENCES sellers(id),
                        sku TEXT NOT NULL,
                        field TEXT NOT NULL,
                        merchant_value TEXT NOT NULL,
                        tiktok_value TEXT NOT NULL,
                        resolved_value TEXT NOT NULL,
                        policy TEXT NOT NULL,
                        winner TEXT NOT NULL,
                        needs_human INTEGER NOT NULL,
                        state TEXT NOT NULL,
                        event_id TEXT NOT NULL,
                        at INTEGER NOT NULL
                    );
                    CREATE INDEX conflicts_seller ON conflicts(seller_id, state);
                    CREATE TABLE installs (
                        seller_id TEXT NOT NULL REFERENCES sellers(id),
                        app_id TEXT NOT NULL,
                        scopes TEXT NOT NULL,
                        installed_at INTEGER NOT NULL,
                        revoked_at INTEGER,
                        PRIMARY KEY (seller_id, app_id)
                    );
                    CREATE TABLE ledger (
                        seller_id TEXT NOT NULL,
                        seq INTEGER NOT NULL,
                        at INTEGER NOT NULL,
                        type TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        sku TEXT,
                        data TEXT NOT NULL,
                        prev_hash TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        PRIMARY KEY (seller_id, seq)
                    ) WITHOUT ROWID;
                    CREATE INDEX ledger_type ON ledger(seller_id, type);
                    CREATE INDEX ledger_sku ON ledger(seller_id, sku);
                    CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
                        BEGIN SELECT RAISE(ABORT, 'the audit ledger is append-only: UPDATE is forbidden'); END;
                    CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
                        BEGIN SELECT RAISE(ABORT, 'the audit ledger is append-only: DELETE is forbidden'); END;
                    """)
        }
        m.registerMigration("v2-imported-catalogues") { db in
            try db.execute(
                sql: """
                    CREATE TABLE catalog_items (
                        seller_id TEXT NOT NULL REFERENCES sellers(id),
                        sku TEXT NOT NULL,
                        position INTEGER NOT NULL,
                        document INTEGER NOT NULL,
                        item TEXT NOT NULL,
                        PRIMARY KEY (seller_id, sku)
                    ) WITHOUT ROWID;
                    CREATE INDEX catalog_items_order ON catalog_items(seller_id, position);
                    """)
        }
        m.registerMigration("v3-orders") { db in
            try db.execute(
                sql: """
                    CREATE TABLE orders (
                        seller_id TEXT NOT NULL REFERENCES sellers(id),
                        order_id TEXT NOT NULL,
                        sku TEXT NOT NULL,
                        region TEXT NOT NULL,
                        quantity INTEGER NOT NULL,
                        amount_minor INTEGER NOT NULL,
                        status TEXT NOT NULL,
                        fulfilment TEXT NOT NULL,
                        return_state TEXT NOT NULL,
                        note TEXT NOT NULL,
                        placed_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL,
                        PRIMARY KEY (seller_id, order_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX orders_placed ON orders(seller_id, placed_at);
                    """)
        }
        m.registerMigration("v4-operator-roles") { db in
            try db.execute(
                sql: """
                    CREATE TABLE operator_roles (
                        operator TEXT PRIMARY KEY,
                        role TEXT NOT NULL CHECK (role IN ('ops', 'support', 'presenter')),
                        granted_by TEXT NOT NULL,
                        granted_at TEXT NOT NULL
                    ) WITHOUT ROWID;
                    """)
        }
        m.registerMigration("v5-flag-claims") { db in
            try db.execute(sql: PierDatabase.flagClaimsTable)
        }
        return m
    }

    /// Reviewers' claims on open flags (both stores create it with this SQL).
    static let flagClaimsTable = """
        CREATE TABLE flag_claims (
            seller_id TEXT NOT NULL,
            flag_id BIGINT NOT NULL,
            operator TEXT NOT NULL,
            claimed_at TEXT NOT NULL,
            expires_at BIGINT NOT NULL,
            PRIMARY KEY (seller_id, flag_id)
        )
        """
}
