package archfixtures.good.alpha.internal;

import archfixtures.good.beta.events.BetaHappened;
import org.jooq.DSLContext;

/** Fixture following the rules: alpha reacts to beta's event and writes with jOOQ in internal. */
public class AlphaListener {
    public void on(BetaHappened event, DSLContext sql) {
        sql.query("select 1").execute();
    }
}
