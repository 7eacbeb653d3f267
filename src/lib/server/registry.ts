// Every capability that registers job handlers or personal data is imported here once, so the
// job worker, "Meine Daten" and account deletion know all of them from the first request on.
import './core/mail';
import './core/accounts/personal-data';
import './core/legal';
