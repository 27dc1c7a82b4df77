// Renderer entry: Shoelace's theme and icons, then the app shell.
import './ui/shoelace';
import './app/quire-app';
