package tw.huixiao.platform.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tw.huixiao.platform.application.student.NationalIdCipher;

@ApplicationScoped
public class NationalIdCipherProducer {

    @Inject
    @ConfigProperty(name = "huixiao.national-id-key")
    String masterKey;

    /** Singleton pseudo-scope: the cipher is immutable and needs no proxy. */
    @Produces
    @Singleton
    NationalIdCipher nationalIdCipher() {
        return new AesNationalIdCipher(masterKey);
    }
}
