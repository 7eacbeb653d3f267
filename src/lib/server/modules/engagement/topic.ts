/**
 * The change topic of the Freiwilligenbörse: triggers on the opportunities, their places and fields,
 * and the town's settings send it (migration 0018). Pages kept for visitors that show opportunities name it.
 */
export const ENGAGEMENT_TOPIC = 'engagement';
