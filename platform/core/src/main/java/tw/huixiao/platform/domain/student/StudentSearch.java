package tw.huixiao.platform.domain.student;

import java.util.Set;

/**
 * A page of the school's students, optionally narrowed to what the caller may see.
 *
 * @param text          part of the name, or the class name
 * @param nationalIndex blind index of an exact national ID, or null
 * @param homeroomOf    only students in classes whose 導師 is this user, or null
 * @param mentoredBy    only students assigned to this 認輔老師, or null; with homeroomOf, either suffices
 * @param background    only students carrying any of these flags; empty for all
 */
public record StudentSearch(String text, byte[] nationalIndex, Long classId, Long homeroomOf, Long mentoredBy,
                            Set<BackgroundFlag> background, int offset, int limit) {

    public StudentSearch {
        background = background == null ? Set.of() : Set.copyOf(background);
    }
}
