/**
 * The service catalogue (事项清单) with each item's extra fields, and the requests filed against it: their answers,
 * files, the consent of a villager a helper acts for, and the helper's steps (帮办代办).
 */
package org.bianmin.onestop.domain;
