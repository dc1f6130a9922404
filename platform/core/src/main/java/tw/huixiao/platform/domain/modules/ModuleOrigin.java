package tw.huixiao.platform.domain.modules;

/** How a module reached the store: bundled with the application, the operator's policy directory, a bureau's upload. */
public enum ModuleOrigin {
    BUNDLED, DIRECTORY, UPLOAD
}
