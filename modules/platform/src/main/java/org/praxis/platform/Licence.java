package org.praxis.platform;

/**
 * Licences people can choose for what they share, explained in plain words in the UI
 * ({@code platform.licence.*} and {@code platform.licence-explained.*}). CC BY 4.0 is suggested:
 * anyone may reuse and adapt the work if they credit the creator.
 */
public enum Licence {
    CC_BY_4_0("https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA_4_0("https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC_4_0("https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA_4_0("https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_ND_4_0("https://creativecommons.org/licenses/by-nd/4.0/"),
    CC0_1_0("https://creativecommons.org/publicdomain/zero/1.0/"),
    ALL_RIGHTS_RESERVED("");

    private final String url;

    Licence(String url) {
        this.url = url;
    }

    /** The licence's legal text, or empty for all rights reserved. */
    public String url() {
        return url;
    }

    /** The licence Praxis suggests by default. */
    public static Licence recommended() {
        return CC_BY_4_0;
    }
}
