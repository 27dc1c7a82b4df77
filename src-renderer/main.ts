// Renderer entry: registers the app shell.
import './app/quire-app';
