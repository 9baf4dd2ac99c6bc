package app.vinculo.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The portal's identity store: users and roles from the database, PBKDF2 hashes, login throttling. */
@ApplicationScoped
public class VinculoIdentityStore implements IdentityStore {

    @Inject
    AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = authentication.check(login.getCaller(), login.getPasswordAsString());
        if (result.outcome() != LoginResult.Outcome.VALID) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), result.groups());
    }
}
