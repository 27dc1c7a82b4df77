// Shoelace set-up for the whole renderer: its token sheet, Quire's theme over it, and icons from local files.
// Components are imported one by one where they are used (never the whole library), to keep the bundle small.

import '@shoelace-style/shoelace/dist/themes/light.css';
import './shoelace-theme.css';
import { registerLocalIcons } from './icons';

registerLocalIcons();
