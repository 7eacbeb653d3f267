// Every capability that registers something with core (job handlers, notification kinds, personal
// data, moderation subjects, retention rules, set-up of new municipalities) is imported here once,
// so all of it is known from the first request on, and by the command-line scripts too.
import './core/mail';
import './core/notifications';
import './core/notifications/personal-data';
import './core/retention/core-rules';
import './core/accounts/notification-kinds';
import './core/accounts/personal-data';
import './core/audit/personal-data';
import './core/privacy/rate-limits';
import './core/legal';
import './core/moderation';
import './core/moderation/personal-data';
import './modules/directory/setup';
import './modules/directory/notifications';
import './modules/directory/moderation';
import './modules/directory/stale-reminders';
import './modules/directory/personal-data';
import './modules/directory/retention';
