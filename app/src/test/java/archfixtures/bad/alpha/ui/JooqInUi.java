package archfixtures.bad.alpha.ui;

import org.jooq.DSLContext;

/** Fixture breaking the rules on purpose: SQL in a view. */
public class JooqInUi {
    public int count(DSLContext sql) {
        return sql.fetchCount(org.jooq.impl.DSL.table("anything"));
    }
}
