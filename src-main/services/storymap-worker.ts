// Worker-thread entry of story-map shapes: receives a batch of articles' texts, answers with their shapes packed.

import { parentPort } from 'node:worker_threads';
import { type PackedShape, packedShapes, type ShapeInput } from './storymap-shape';
import { serveRequests } from './worker-pool';

serveRequests<ShapeInput[], PackedShape[]>(parentPort, packedShapes);
