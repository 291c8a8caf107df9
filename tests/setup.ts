// Silences tfjs's "install the node backend" banner; tests run on the cpu backend.
import * as tf from '@tensorflow/tfjs';

tf.env().set('IS_TEST', true);
