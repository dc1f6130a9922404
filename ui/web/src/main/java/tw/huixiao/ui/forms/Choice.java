package tw.huixiao.ui.forms;

/** A chosen option of a choice field; {@code text} only for the option that asks for it (其他：＿＿). */
public record Choice(String code, String text) {
}
