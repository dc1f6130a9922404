package tw.huixiao.policy.spi.document;

import java.util.Objects;
import tw.huixiao.policy.spi.timeline.Condition;

/**
 * A recipient of a letter (正本 or 副本), named by a template such as
 * {@code 桃園市{school.district}強迫入學委員會}, included when its condition holds for the case
 * (e.g. the 原民局 only for an indigenous student, TY-D4-REPORT).
 */
public record Recipient(String name, Condition when) {

    public Recipient {
        Objects.requireNonNull(name, "recipient name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank recipient name");
        }
        Objects.requireNonNull(when, () -> name + ": condition");
    }

    public static Recipient always(String name) {
        return new Recipient(name, Condition.ALWAYS);
    }

    public static Recipient when(Condition condition, String name) {
        return new Recipient(name, condition);
    }
}
