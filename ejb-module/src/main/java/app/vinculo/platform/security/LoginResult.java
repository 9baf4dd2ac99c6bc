package app.vinculo.platform.security;

import java.util.Set;

/** Outcome of a credential check. */
public record LoginResult(Outcome outcome, String username, Set<String> groups) {

    public enum Outcome { VALID, INVALID, LOCKED, DISABLED }

    public static LoginResult refused(Outcome outcome) {
        return new LoginResult(outcome, null, Set.of());
    }
}
