package tw.huixiao.platform.domain.modules;

import java.time.Instant;

/**
 * A county bureau's grant to a module vendor (V67 module_vendor_grant, issue 21 §2): the vendor may
 * upload the county's module while the grant stands; a revoked grant stays as the record.
 */
public record VendorGrant(long id, String county, long vendorId, String vendorUsername, String vendorName,
                          String grantedByName, Instant grantedAt, String revokedByName, Instant revokedAt) {

    public boolean standing() {
        return revokedAt == null;
    }
}
