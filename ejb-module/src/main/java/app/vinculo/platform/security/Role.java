package app.vinculo.platform.security;

/**
 * The roles of the procedure's RESPONSABILIDADES (PRODUCT.md, "Roles"). The names are the group names
 * the identity store returns and the role names used in {@code @RolesAllowed}.
 */
public enum Role {
    ADMIN,
    IMPLEMENTATION_HEAD,
    CONSULTANT,
    PROJECT_MANAGER,
    RD_MANAGER,
    AUDITOR;

    /** Constants for annotations, which need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String IMPLEMENTATION_HEAD = "IMPLEMENTATION_HEAD";
        public static final String CONSULTANT = "CONSULTANT";
        public static final String PROJECT_MANAGER = "PROJECT_MANAGER";
        public static final String RD_MANAGER = "RD_MANAGER";
        public static final String AUDITOR = "AUDITOR";

        private Names() {
        }
    }
}
