/**
 * Use cases of the rights list: the owning office writes, publishes and revises versions and stages, answers and
 * moderates feedback and reads statistics; villagers read the list and give feedback at a kiosk or online (named
 * feedback confirmed by a phone code and filed as a matter). Read models for the public pages carry no personal data.
 */
package org.bianmin.rights.application;
