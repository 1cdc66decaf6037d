/**
 * The notices contract: how any module asks for people to be told something. A module publishes a
 * {@link org.praxis.platform.notices.NoticeRequested} with the people or roles to tell, a message key
 * from its own bundle, the arguments and a link; the notifications module puts it in their inboxes
 * (and sends email when configured). Notifications knows no feature module (docs/adr/0010).
 */
@NullMarked
package org.praxis.platform.notices;

import org.jspecify.annotations.NullMarked;
