package tw.huixiao.platform.application;

/** Who is asking: the REST layer, the UI and jobs each supply the caller this way. */
public interface CallerProvider {

    Caller get();
}
