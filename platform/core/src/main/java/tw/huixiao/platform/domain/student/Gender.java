package tw.huixiao.platform.domain.student;

/** 性別 as the school register records it. */
public enum Gender {
    M, F
}
