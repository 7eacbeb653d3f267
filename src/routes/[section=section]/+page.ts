import type { PageLoad } from './$types';
import type { Section } from '../../params/section';

export const load: PageLoad = ({ params }) => ({ section: params.section as Section });
