package org.bianmin.eldercare.domain;

/** The five grades of GB/T 42195-2022 (老年人能力评估规范), from 能力完好 to 完全失能. */
public enum AbilityGrade {
    /** 能力完好 */
    INTACT,
    /** 能力轻度受损（轻度失能） */
    MILDLY_IMPAIRED,
    /** 能力中度受损（中度失能） */
    MODERATELY_IMPAIRED,
    /** 能力重度受损（重度失能） */
    SEVERELY_IMPAIRED,
    /** 能力完全丧失（完全失能） */
    COMPLETELY_LOST;

    /** The grade band a public disclosure shows: whether the person is disabled, not how badly. */
    public boolean disabled() {
        return this != INTACT;
    }
}
