package archfixtures.bad.alpha.internal;

import archfixtures.bad.beta.internal.BetaRepository;

/** Fixture breaking the rules on purpose: module "alpha" reaches into beta's internals. */
public class AlphaService {
    public String use() {
        return new BetaRepository().find();
    }
}
