-- Since docs/adr/0010 each module tells people in its own words (its own bundle) through the platform's
-- NoticeRequested, and its notice keys carry its name. Notifications already in inboxes are renamed the
-- same way, so they still read as before and a fact told again (a reminder about the same due date, say)
-- still finds its notification there and adds none. A one-off rename of stored history: this module's code
-- names no other module.
update notifications.notification
   set event_key = 'requests:' || event_key, message_key = 'requests.notice.request-submitted'
 where message_key = 'notifications.message.request-submitted';

update notifications.notification
   set event_key = 'assessment:' || event_key,
       message_key = 'assessment.notice.' || substring(message_key from length('notifications.message.') + 1)
 where message_key in ('notifications.message.assessor-assigned', 'notifications.message.assessment-completed',
                       'notifications.message.request-declined');

update notifications.notification
   set event_key = 'reciprocation:' || event_key,
       message_key = 'reciprocation.notice.' || substring(message_key from length('notifications.message.') + 1)
 where message_key in ('notifications.message.agreement-proposed', 'notifications.message.agreement-accepted',
                       'notifications.message.item-due-soon', 'notifications.message.item-overdue',
                       'notifications.message.community-membership');

-- The moderators' notice about delivered materials is the Hub's now (it tells them when the materials
-- are in its moderation queue).
update notifications.notification
   set event_key = 'hub:' || event_key,
       message_key = 'hub.notice.' || substring(message_key from length('notifications.message.') + 1)
 where message_key in ('notifications.message.reciprocation-delivered', 'notifications.message.resource-published');
