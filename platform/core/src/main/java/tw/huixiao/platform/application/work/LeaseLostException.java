package tw.huixiao.platform.application.work;

import tw.huixiao.platform.application.StateConflictException;

/** The lease a work was written under expired or was taken over: the work's transaction rolls back. */
public class LeaseLostException extends StateConflictException {

    public LeaseLostException(String lease) {
        super("工作租約已失效，由其他伺服器接手 (the lease " + lease + " was lost; another server takes the work over)");
    }
}
