package tw.huixiao.platform.application.lifecycle;

/** The server is stopping and does not begin this work: another server (or this one, restarted) will (503). */
public class ServiceStoppingException extends RuntimeException {

    public ServiceStoppingException(String what) {
        super("伺服器正在停止，請稍後再試 (the server is stopping; " + what + " was not started: try again)");
    }
}
