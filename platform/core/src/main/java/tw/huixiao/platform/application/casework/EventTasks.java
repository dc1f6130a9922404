package tw.huixiao.platform.application.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The tasks one occurrence of a case event laid out (their keys share a prefix), for the bound school. */
public interface EventTasks {

    List<EventTask> withKeyPrefix(long schoolId, String keyPrefix);
}
