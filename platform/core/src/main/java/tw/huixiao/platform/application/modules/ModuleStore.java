package tw.huixiao.platform.application.modules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tw.huixiao.platform.domain.modules.ModuleSigner;
import tw.huixiao.platform.domain.modules.StoredModule;
import tw.huixiao.platform.domain.modules.VendorGrant;

/**
 * The policy module store (V58), for the platform's services; runs in the caller's transaction.
 * State changes name the state they expect and answer false when the row was not in it.
 */
public interface ModuleStore {

    /** A verified upload's content and who sent it. */
    record Upload(String moduleId, String version, List<String> counties, byte[] jar, String sha256,
                  String descriptor, String signerSubject, String signerSha256, long by, String byName, Instant at) {
    }

    /** Every stored module (none of the jars), newest first; county null = all. */
    List<StoredModule> list(String county);

    Optional<StoredModule> find(long id);

    /** The versions stored for a module id, whatever their state. */
    List<String> versions(String moduleId);

    /** Stores an upload as UPLOADED and moves it to VERIFIED with the checks' findings; returns its id. */
    long storeVerified(Upload upload, List<String> checks, Instant verifiedAt);

    boolean approve(long id, long by, String byName, Instant at, String note);

    boolean activate(long id, long by, String byName, Instant at, LocalDate effectiveFrom);

    boolean retire(long id, long by, String byName, Instant at, String reason);

    /** Signing certificates registered for a county (null = all counties). */
    List<ModuleSigner> signers(String county);

    boolean signerRegistered(String county, String certificateSha256);

    long registerSigner(String county, String certificateSha256, String subject, byte[] certificate, Instant notAfter,
                        long by, String byName, Instant at);

    /** A county's vendor grants, standing and revoked, newest first (V67). */
    List<VendorGrant> vendorGrants(String county);

    /** The counties whose standing grant lets the vendor upload. */
    List<String> countiesGranting(long vendorId);

    /** Records a standing grant; false when one already stands for the county and vendor. */
    boolean grantVendor(String county, long vendorId, long by, String byName, Instant at);

    /** Revokes a standing grant of the county; false when there is none under that id. */
    boolean revokeVendor(long grantId, String county, long by, String byName, Instant at);
}
