/** The shared kernel's domain: base entity, typed business errors, and value rules used by every feature. */
package org.bianmin.shared.domain;
