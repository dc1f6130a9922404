package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import tw.huixiao.platform.domain.identity.Role;

/** Validates usernames and passwords against {@code app_user}; groups are the user's roles. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    LoginService logins;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return logins.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(user -> new CredentialValidationResult(user.getUsername(),
                        user.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
