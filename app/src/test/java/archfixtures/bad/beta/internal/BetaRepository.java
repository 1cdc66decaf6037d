package archfixtures.bad.beta.internal;

/** Fixture: an internal class of module "beta". */
public class BetaRepository {
    public String find() {
        return "beta";
    }
}
